namespace Tailor.Assistant.Skills.Policies;

/// <summary>The passage of a policy page that answers a question, quoted as plain text with the page to link.</summary>
/// <param name="Heading">Where the quote sits on the page, e.g. "Returns policy › What you can return".</param>
/// <param name="Quote">The passage, at most <see cref="PolicyAnswerer.MaxQuoteLength"/> characters, cut at a sentence.</param>
/// <param name="Score">How much of the question the passage covers, 0–1 (idf-weighted share of the question's terms).</param>
public sealed record PolicyAnswer(string Title, string Slug, string Url, string Heading, string Quote, double Score);
