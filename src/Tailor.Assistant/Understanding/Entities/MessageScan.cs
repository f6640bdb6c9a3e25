namespace Tailor.Assistant.Understanding.Entities;

/// <summary>One thing found in a message: its kind, canonical value and the words <c>First..Last</c> it came from.</summary>
/// <param name="Weak">Found through a phrase with another meaning too ("gym"): yields to a finding that is not.</param>
internal sealed record Finding(string Kind, string Value, int First, int Last, bool Weak = false)
{
    public bool Negated { get; set; }
}

/// <summary>
/// The working state of one <see cref="EntityRecognizer.Recognize"/> call: the words, which of them a finder has
/// claimed, and what was found. Finders run in order of confidence and never reread a claimed word, so "no more
/// than 50" is a price before negation looks at it and "size 10" a size before anything reads "10".
/// </summary>
internal sealed class MessageScan
{
    private readonly bool[] claimed;

    public MessageScan(string text)
    {
        Text = text;
        Words = MessageWords.Split(text);
        claimed = new bool[Words.Length];
        Keys = new string[Words.Length];
        for (var i = 0; i < Words.Length; i++) Keys[i] = Words[i].Text;
    }

    public string Text { get; }
    public Word[] Words { get; }
    /// <summary>The word each phrase lookup uses: the word itself, or its correction when it was a typo.</summary>
    public string[] Keys { get; }
    public List<Finding> Findings { get; } = new(8);
    /// <summary>Words inside a negation scope ("no <u>sequins</u>"), filled by <see cref="NegationScope"/>.</summary>
    public bool[]? Negated { get; set; }

    public int Count => Words.Length;

    public bool IsFree(int i) => i >= 0 && i < Words.Length && !claimed[i];

    public bool IsClaimed(int i) => i >= 0 && i < Words.Length && claimed[i];

    /// <summary>The word at <paramref name="i"/>, or "" outside the message: lets finders look around without bounds checks.</summary>
    public string WordAt(int i) => i >= 0 && i < Words.Length ? Words[i].Text : "";

    public void Claim(int first, int last)
    {
        for (var i = Math.Max(first, 0); i <= last && i < claimed.Length; i++) claimed[i] = true;
    }

    public Finding Add(string kind, string value, int first, int last, bool weak = false)
    {
        var finding = new Finding(kind, value, first, last, weak);
        Findings.Add(finding);
        Claim(first, last);
        return finding;
    }

    /// <summary>The words that overlap characters <c>[start, end)</c>, or null when none does or one is already claimed.</summary>
    public (int First, int Last)? FreeWordsIn(int start, int end)
    {
        int first = -1, last = -1;
        for (var i = 0; i < Words.Length; i++)
        {
            if (Words[i].End <= start || Words[i].Start >= end) continue;
            if (claimed[i]) return null;
            if (first < 0) first = i;
            last = i;
        }
        return first < 0 ? null : (first, last);
    }

    /// <summary>The finding that starts at word <paramref name="i"/>, if any.</summary>
    public Finding? FindingAt(int i, string? kind = null)
    {
        foreach (var finding in Findings)
            if (finding.First == i && (kind is null || finding.Kind == kind)) return finding;
        return null;
    }

    public string TextOf(int first, int last) => Text[Words[first].Start..Words[last].End];
}
