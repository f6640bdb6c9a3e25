namespace Tailor.Assistant.Skills.Policies;

/// <summary>
/// The words shoppers use for what policy pages say: stop words, phrases and synonyms mapped to one concept,
/// so "send it back" finds "return" and "courier" finds "carrier". Applied to pages and questions alike.
/// </summary>
internal static class PolicyVocabulary
{
    /// <summary>Words that carry no meaning for retrieval; "not"/"cannot" stay, they separate "what can I return" from its opposite.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "about", "after", "again", "all", "also", "am", "an", "and", "any", "anything", "are", "as", "at", "be", "because", "been",
        "being", "but", "by", "can", "could", "did", "do", "does", "doing", "dont", "each", "even", "ever", "for", "from", "get", "gets",
        "getting", "got", "had", "has", "have", "having", "he", "hello", "her", "here", "hey", "hi", "him", "his", "how", "i", "id", "if",
        "im", "in", "into", "is", "it", "its", "ive", "just", "know", "let", "like", "me", "might", "more", "most", "much", "must", "my",
        "of", "ok", "okay", "on", "one", "only", "or", "other", "our", "ours", "out", "please", "pls", "plz", "possible", "quick",
        "question", "really", "she", "should", "so", "some", "such", "tell", "than", "thank", "thanks", "that", "thats", "the", "their",
        "them", "then", "there", "these", "they", "this", "those", "thx", "to", "too", "u", "up", "ur", "us", "use", "very", "via", "want",
        "wanted", "was", "way", "we", "well", "were", "what", "whats", "when", "where", "which", "while", "who", "why", "will", "with",
        "would", "yes", "you", "youre", "your", "yours", "able", "need", "needs", "going", "gonna", "wanna", "still", "yet", "many",
        // Words about the asking rather than the subject: "what is your shipping policy" is about shipping.
        "policy", "policies", "faq", "faqs", "info", "information", "detail", "details", "ask", "asking", "wondering", "wonder",
        "offer", "offers", "provide", "support", "allow", "now", "today", "currently", "actually", "exactly", "anyone", "guys", "lets",
        "wheres", "whens", "hows", "whos", "havent", "hasnt", "isnt", "arent", "didnt", "doesnt", "wasnt", "werent", "wont",
        "wouldnt", "couldnt", "shouldnt", "ill", "youll", "theyre", "theres", "heres", "yall", "wot", "gimme", "give", "told", "said",
    };

    /// <summary>Several words that mean one thing; matched on whole words before stemming, longest first.</summary>
    public static readonly IReadOnlyDictionary<string, string> Phrases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["send back"] = "return", ["send it back"] = "return", ["send them back"] = "return", ["send something back"] = "return",
        ["send things back"] = "return", ["send stuff back"] = "return", ["send items back"] = "return", ["send an item back"] = "return",
        ["send this back"] = "return", ["send these back"] = "return", ["send my order back"] = "return",
        // Paying for something the store charges for is its cost: "do I have to pay for returns" is about what returns cost.
        ["have to pay"] = "cost", ["pay for"] = "cost", ["take back"] = "return",
        ["bring back"] = "return", ["money back"] = "refund", ["get in touch"] = "contact", ["how long"] = "days",
        ["how much"] = "cost", ["no charge"] = "free", ["free of charge"] = "free", ["buy now pay later"] = "klarna",
        ["pay later"] = "klarna", ["pay in 3"] = "klarna", ["pay in three"] = "klarna", ["apple pay"] = "applepay",
        ["google pay"] = "googlepay", ["american express"] = "amex", ["united kingdom"] = "uk", ["great britain"] = "uk",
        ["northern ireland"] = "uk", ["united states"] = "usa", ["the us"] = "usa", ["minimum spend"] = "over", ["minimum order"] = "over", ["customer service"] = "customer care",
        ["customer services"] = "customer care", ["phone number"] = "phone", ["ring you"] = "phone", ["ring us"] = "phone", ["number to ring"] = "phone", ["real person"] = "person",
        ["personal data"] = "data", ["personal information"] = "data", ["my details"] = "data", ["size chart"] = "size guide",
        ["size guide"] = "size guide", ["next day"] = "express", ["price match"] = "price promise", ["price matching"] = "price promise",
        ["price drop"] = "price promise", ["swimming costume"] = "swimwear", ["time limit"] = "days", ["gift voucher"] = "gift card",
        ["personal info"] = "data", ["my information"] = "data", ["my info"] = "data", ["other shops"] = "retailer",
        ["other stores"] = "retailer", ["somewhere else"] = "retailer", ["sign up"] = "join", ["european union"] = "eu",
        ["go through"] = "declined", ["went through"] = "declined", ["other websites"] = "retailer", ["another website"] = "retailer", ["another shop"] = "retailer",
    };

    /// <summary>Surface words by the concept they stand for; each word is stemmed before lookup, so listing one form is enough.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Concepts = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["deliver"] = ["delivery", "deliveries", "deliver", "delivered", "shipping", "ship", "shipped", "postage", "post", "posted", "p&p"],
        ["carrier"] = ["courier", "carrier"],
        ["refund"] = ["refund", "reimburse", "reimbursement", "repay", "repayment"],
        ["cost"] = ["cost", "fee", "charge", "price", "pricing"],
        ["open"] = ["open", "opening", "close", "closing", "closed"],
        ["phone"] = ["phone", "telephone", "call", "helpline", "hotline"],
        ["email"] = ["email", "mail"],
        ["person"] = ["person", "human", "agent", "someone", "somebody", "staff", "representative", "advisor", "adviser", "operator"],
        ["pay"] = ["pay", "paid", "payment"],
        ["klarna"] = ["klarna", "instalment", "installment", "clearpay", "afterpay"],
        ["card"] = ["card", "debit"],
        ["discount"] = ["discount", "promo", "promotion", "promotional", "coupon"],
        ["size"] = ["size", "sizing"],
        ["exchange"] = ["exchange", "swap"],
        ["cancel"] = ["cancel", "cancellation", "cancelled", "canceled"],
        ["international"] = ["international", "internationally", "abroad", "overseas", "worldwide", "foreign"],
        ["customs"] = ["customs", "duty", "duties", "import"],
        ["tax"] = ["tax", "vat"],
        ["privacy"] = ["privacy", "gdpr", "private"],
        ["loyalty"] = ["loyalty", "reward"],
        ["programme"] = ["programme", "program", "scheme", "club", "membership"],
        ["parcel"] = ["parcel", "package"],
        ["track"] = ["track", "tracking", "trace"],
        ["faulty"] = ["faulty", "fault", "defective", "broken"],
        ["colour"] = ["colour", "color"],
        ["jewellery"] = ["jewellery", "jewelry", "jewelery", "earring", "necklace", "bracelet"],
        ["swimwear"] = ["swimwear", "swimsuit", "bikini", "trunks", "swimming"],
        ["wash"] = ["wash", "washing", "clean", "cleaning", "launder"],
        ["uk"] = ["uk", "britain", "england", "scotland", "wales", "gb", "british"],
        ["usa"] = ["usa", "america", "american"],
        ["netherlands"] = ["netherlands", "holland", "dutch"],
        ["germany"] = ["germany", "deutschland", "german"],
        ["item"] = ["item", "product", "thing", "something", "stuff", "goods"],
        ["cannot"] = ["cannot", "cant", "can't", "unable"],
        ["gift"] = ["gift", "giftcard", "voucher"],
        ["complaint"] = ["complaint", "complain"],
        ["retailer"] = ["retailer", "competitor", "elsewhere"],
        ["days"] = ["days", "window", "deadline"],
        ["wear"] = ["wear", "worn", "unworn", "wearing"],
        ["label"] = ["label", "tag", "ticket"],
        ["store"] = ["store", "shop", "boutique"],
        ["speak"] = ["speak", "talk"],
        ["every"] = ["every", "per"],
        ["delete"] = ["delete", "erase", "remove", "wipe", "forget", "forgotten", "deletion"],
        ["valid"] = ["valid", "validity", "expire", "expired", "expiry"],
        ["cheaper"] = ["cheaper", "lower", "less", "drop", "reduced"],
        ["match"] = ["match", "beat", "honour", "honor"],
        ["join"] = ["join", "register", "enrol", "enroll"],
        ["express"] = ["express", "fast", "faster", "fastest", "speedy", "urgent"],
        ["declined"] = ["declined", "decline", "fail", "failed", "reject", "rejected", "refused"],
    };

    /// <summary>
    /// Everyday words, places and days that pages use but that, on their own, do not make a question about the store:
    /// "tell me the news" shares "new" with the exchanges page, "the capital of France" shares "France" with shipping.
    /// Outside the page its intent points at, a question needs at least one other matching word to be answered.
    /// </summary>
    public static readonly HashSet<string> WeakWords = new(StringComparer.Ordinal)
    {
        "new", "best", "better", "good", "great", "nice", "bad", "help", "time", "times", "make", "take", "find", "show", "see",
        "look", "day", "days", "year", "week", "month", "thing", "people", "person", "work", "use", "used", "love", "life",
        "world", "number", "part", "place", "system", "start", "end", "turn", "change", "fix", "car", "mean", "say", "go",
        "come", "keep", "give", "big", "small", "large", "latest", "last", "first", "next", "old", "long", "high", "low",
        "above", "below", "everything", "nothing", "off", "home", "feed", "goes", "let", "explain", "recommend", "instruction",
        "rule", "access", "buy", "sell", "market", "stock", "machine", "set", "happy", "name", "send", "same",
        "different", "check", "way", "right", "wrong", "real", "sure", "item", "store", "online", "country",
        "countries", "city", "london", "town", "game", "play", "watch", "read", "write", "hold", "run", "step",
        "question", "answer", "problem", "issue", "reason", "assistant", "team", "site", "page", "website",
        "no", "longer", "cost", "convert", "temperature", "outside", "christmas", "weekend", "saturday", "sunday", "monday",
        "tuesday", "wednesday", "thursday", "friday", "uk", "ireland", "france", "spain", "germany", "netherlands", "usa",
        "australia", "italy", "canada", "europe", "york", "paris",
    };

    /// <summary>Terms that also stand for a wider one: a Sunday is part of the weekend, so "deliver on sunday" finds "weekends".</summary>
    public static readonly IReadOnlyDictionary<string, string> Broader = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["saturday"] = "weekend", ["sunday"] = "weekend",
        // A named country is one of the "other countries" a page gives terms for.
        ["ireland"] = "country", ["france"] = "country", ["germany"] = "country", ["netherlands"] = "country", ["spain"] = "country",
        ["usa"] = "country", ["australia"] = "country", ["italy"] = "country", ["canada"] = "country",
    };

    /// <summary>
    /// Garments and other things a shopper may ask about; when a page never mentions the word, it stands for
    /// "item", so "can I return a jumper" finds the returns rules rather than nothing.
    /// </summary>
    public static readonly HashSet<string> ProductWords = new(StringComparer.Ordinal)
    {
        "dress", "jumper", "sweater", "cardigan", "hoodie", "sweatshirt", "jeans", "trousers", "pants", "shirt", "top", "tee", "tshirt",
        "blouse", "skirt", "shorts", "coat", "jacket", "blazer", "suit", "shoe", "trainer", "sneaker", "boot", "heel", "sandal", "bag",
        "handbag", "belt", "scarf", "hat", "cap", "clothes", "clothing", "outfit", "garment", "leggings", "legging", "bra", "sock",
        "underwear", "knitwear", "activewear", "purchase", "ring", "gloves", "glove", "watch", "sunglasses",
    };
}
