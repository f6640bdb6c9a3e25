using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Tailor.Assistant.Llm;

/// <summary>The claim words of <c>grounding.yaml</c>: order statuses with their other names, stock claims and letter sizes.</summary>
public sealed record GroundingWords
{
    public Dictionary<string, List<string>> OrderStatuses { get; init; } = [];
    public List<StockClaim> StockClaims { get; init; } = [];
    public List<string> LetterSizes { get; init; } = [];

    public static GroundingWords LoadEmbedded()
    {
        using var stream = typeof(GroundingWords).Assembly.GetManifestResourceStream("Tailor.Assistant.Llm.grounding.yaml")
            ?? throw new InvalidOperationException("grounding.yaml is not embedded in Tailor.Assistant.");
        using var reader = new StreamReader(stream);
        return new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build()
            .Deserialize<GroundingWords>(reader.ReadToEnd());
    }
}

/// <summary>Words that claim something about stock, and the words in the facts that support such a claim.</summary>
public sealed record StockClaim
{
    public List<string> Claim { get; init; } = [];
    public List<string> SupportedBy { get; init; } = [];
}
