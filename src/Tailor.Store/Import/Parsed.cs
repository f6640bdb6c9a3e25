namespace Tailor.Store.Import;

/// <summary>What a reader made of one product, customer, order or page of a file: the draft to write, if any, and what was wrong.</summary>
internal sealed record Parsed<TDraft>(TDraft? Draft, IReadOnlyList<ImportError> Errors) where TDraft : class
{
    public static Parsed<TDraft> Rejected(IReadOnlyList<ImportError> errors) => new(null, errors);

    public static Parsed<TDraft> Rejected(ImportError error) => new(null, [error]);
}

/// <summary>A record as a raw source (CSV row, XML item, JSON array element) hands it over.</summary>
internal interface ISourceRecord
{
    /// <summary>1 = the first data row, item or array element.</summary>
    int Row { get; }

    /// <summary>Set on the last record of a source that stopped making sense at <see cref="Row"/>; everything before it stands.</summary>
    ImportError? Unreadable { get; }
}

/// <summary>Problems with a file as a whole rather than with one of its fields.</summary>
internal static class FileProblem
{
    public const string Field = "file";

    public static ImportError Unreadable(int row, string what, string detail) =>
        new(row, Field, $"{what} ({detail}); nothing from this row on was imported");
}
