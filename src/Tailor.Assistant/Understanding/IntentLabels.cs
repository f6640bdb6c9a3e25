namespace Tailor.Assistant.Understanding;

/// <summary>How an intent reads as a quick reply a shopper can tap; the reply text is itself understood as that intent.</summary>
public static class IntentLabels
{
    private static readonly Dictionary<string, string> Labels = new()
    {
        ["search_products"] = "find a product",
        ["track_order"] = "where is my order?",
        ["start_return"] = "return an item",
        // Each contains an order word, so tapping it passes the order-evidence check (training/order_evidence.yaml).
        ["cancel_order"] = "cancel an order",
        ["change_order"] = "change an order",
        ["start_exchange"] = "exchange an item",
        ["account_help"] = "help with my account",
        ["returns_policy"] = "returns policy",
        ["shipping_policy"] = "delivery times",
        ["size_advice"] = "help with my size",
        ["promotions"] = "current offers",
        ["request_human"] = "talk to a person",
        ["payment_methods"] = "payment options",
        ["store_contact"] = "contact details",
        ["product_material"] = "what is it made of?",
        ["check_availability"] = "is it in stock?",
        ["delivery_estimate"] = "when would it arrive?",
        ["style_advice"] = "styling ideas",
        ["recommendations"] = "recommendations",
    };

    public static string? For(string intent) => Labels.GetValueOrDefault(intent);
}
