namespace Tailor.Store.Demo;

/// <summary>Size and seed of the generated demo store. Same seed and same clock ⇒ identical store.</summary>
public sealed class DemoStoreOptions
{
    public const string Section = "Tailor:Demo";

    /// <summary>Fill an empty database with the demo store on first run.</summary>
    public bool SeedOnFirstRun { get; set; } = true;
    public int Seed { get; set; } = 42;
    public int Products { get; set; } = 2000;
    public int Customers { get; set; } = 5000;
    public int Orders { get; set; } = 20000;
    /// <summary>Days of past conversations the server adds after seeding the demo store, so the console's analytics start alive; 0 for none.</summary>
    public int HistoryDays { get; set; } = 90;
}
