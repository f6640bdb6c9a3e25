using System.Runtime.CompilerServices;

// The search tests check the pieces a shopper cannot see on their own: FTS5 escaping and bm25 put together from cached words.
[assembly: InternalsVisibleTo("Tailor.Assistant.Tests")]
