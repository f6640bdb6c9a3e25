using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Bench.Shoppers;

/// <summary>One shopper message of the script and the capability it exercises.</summary>
public sealed record ShopperTurn(string Say, string Tag);

/// <summary>A scripted conversation; <see cref="Customer"/> starts it signed in as that demo customer.</summary>
public sealed record ShopperConversation(string Name, string? Customer, IReadOnlyList<ShopperTurn> Turns);

/// <summary>The broad shopper script (bench/shoppers/script.yaml): what shoppers say, with no expected answers.</summary>
public static class ShopperScript
{
    public static async Task<IReadOnlyList<ShopperConversation>> LoadAsync()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "shoppers", "script.yaml");
        var file = new DeserializerBuilder().WithNamingConvention(CamelCaseNamingConvention.Instance).Build()
            .Deserialize<ScriptFile>(await File.ReadAllTextAsync(path));
        return file.Conversations.Select(c => new ShopperConversation(c.Name, c.Customer,
            c.Turns.Select(t => new ShopperTurn(t.Say, string.IsNullOrWhiteSpace(t.Tag) ? "untagged" : t.Tag)).ToList())).ToList();
    }

    // YamlDotNet fills mutable classes; the records above are what the runner uses.
    private sealed class ScriptFile
    {
        public List<ConversationEntry> Conversations { get; set; } = [];
    }

    private sealed class ConversationEntry
    {
        public string Name { get; set; } = "";
        public string? Customer { get; set; }
        public List<TurnEntry> Turns { get; set; } = [];
    }

    private sealed class TurnEntry
    {
        public string Say { get; set; } = "";
        public string? Tag { get; set; }
    }
}
