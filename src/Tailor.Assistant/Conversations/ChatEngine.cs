using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Guard;
using Tailor.Assistant.Handoff;
using Tailor.Assistant.Llm;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Respond.Voice;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Conversations;
using Tailor.Domain.Settings;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Conversations;

/// <summary>
/// Runs a chat turn end to end: guard → understand → dialogue (one stack of flows) and skills → respond → persist the
/// masked messages, the dialogue state and the turn log; then, after saving, queue for a person or offer the ticket form
/// when the dialogue handed over. Retried client message ids return the stored answer.
/// </summary>
public sealed class ChatEngine(
    TailorDbContext db, MessageGuard guard, IUnderstander understander, DialogueManager dialogue,
    ResponseTemplates templates, StoreSettings settings, ConversationLocks locks, CustomerTokens tokens, HandoffDesk handoff, TicketDesk tickets, SlotReader slots, TimeProvider time,
    IReplyWording wording, Customers.Profile.CustomerProfiles profiles, QuickReplyWording quickReplies)
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;
    private readonly CultureInfo culture = StoreCulture.For(settings.Locale, settings.Currency);

    public Task<Transcript> StartAsync(PageContext page, CancellationToken ct) => StartAsync(page, customerToken: null, ct);

    /// <summary>
    /// Starts a conversation. A valid signed <paramref name="customerToken"/> makes it the customer's: their orders are
    /// open to it and the greeting uses their first name. An invalid or expired token just means a guest.
    /// </summary>
    public async Task<Transcript> StartAsync(PageContext page, string? customerToken, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var token = await tokens.ReadAsync(customerToken);
        var customer = token is not null
            ? await db.Customers.AsNoTracking().Where(c => c.ExternalId == token.ExternalId).Select(c => new { c.Id, c.FirstName }).FirstOrDefaultAsync(ct)
            : null;
        var conversation = new Conversation
        {
            Id = Guid.CreateVersion7(now).ToString("N"),
            CustomerId = customer?.Id,
            // The chat is signed in only as long as the token would be accepted: a chat left open on a shared computer ends as a guest's.
            SignedInUntil = customer is null ? null : token!.ExpiresAt,
            ContextJson = JsonSerializer.Serialize(page, Json),
            // A signed-in customer who consented starts with the sizes, fit, colours and budget they told us before.
            StateJson = DialogueStateJson.Write(new DialogueState
            {
                Focus = page.ProductHandle,
                Profile = customer is not null && await profiles.LoadAsync(customer.Id, ct) is { Profile: { } stored } ? stored : new(),
            }),
            CreatedAt = now,
            UpdatedAt = now,
        };
        var reply = new ReplyBuilder(templates, 0, culture);
        var title = page.ProductHandle is { } handle
            ? await db.Products.Where(p => p.Handle == handle).Select(p => p.Title).FirstOrDefaultAsync(ct)
            : null;
        if (title is not null) reply.Say("greeting_product", ("store", settings.Name), ("title", title));
        else if (customer is not null)
            reply.Say("greeting_customer", ("store", settings.Name), ("first_name", customer.FirstName))
                .QuickReplies(quickReplies.For("greeting_customer"));
        else reply.Say("greeting", ("store", settings.Name)).QuickReplies(quickReplies.For("greeting"));

        var greeting = NewMessage(conversation.Id, ChatRole.Assistant, reply.Build(), now);
        conversation.Messages.Add(greeting);
        db.Conversations.Add(conversation);
        await db.SaveChangesAsync(ct);
        return new Transcript(conversation.Id, now, [View(greeting)]);
    }

    public Task<TurnResult?> SendAsync(string conversationId, string? text, string? clientMessageId, CancellationToken ct) =>
        SendAsync(conversationId, text, clientMessageId, page: null, ct);

    /// <summary>Runs a turn; <paramref name="page"/>, when given, is where the shopper is now (the widget sends it with each message).</summary>
    public async Task<TurnResult?> SendAsync(string conversationId, string? text, string? clientMessageId, PageContext? page, CancellationToken ct)
    {
        var clock = new StageClock();
        var inspected = guard.Inspect(text);
        if (!inspected.Accepted) throw new ChatRejection(inspected.RejectionCode!, inspected.RejectionMessage!);
        clock.Lap("guard");

        // An unknown id is answered before a lock is taken for it: made-up ids cost a look-up, nothing kept.
        if (!await db.Conversations.AnyAsync(c => c.Id == conversationId, ct)) return null;
        using var _ = await locks.AcquireAsync(conversationId, ct);
        var conversation = await db.Conversations.FirstOrDefaultAsync(c => c.Id == conversationId, ct);
        if (conversation is null) return null;
        if (clientMessageId is not null && await ReplayAsync(conversationId, clientMessageId, ct) is { } replay) return replay;
        // With an agent the assistant says nothing: the message goes to the agent.
        if (conversation.Status == ConversationStatus.WithAgent) return await RelayToAgentAsync(conversation, inspected.MaskedText, clientMessageId, ct);

        var state = DialogueStateJson.Read(conversation.StateJson, out var reset);
        var where = MoveTo(conversation, state, page);
        state.Turns++;
        var signedIn = conversation.SignedInCustomerAt(time.GetUtcNow());
        var context = new UnderstandingContext(state.Search is { IsEmpty: false }, state.Search?.Category,
            state.Focus is not null, state.Results.Count > 0, state.Flow?.Name, state.OrderInFocus is not null,
            state.PolicyTopicLastTurn, signedIn is not null);
        // Understanding sees the masked text: personal data never reaches entities, the turn log or an LLM.
        var understanding = understander is IAsyncUnderstander model
            ? await model.UnderstandAsync(inspected.MaskedText, context, ct) : understander.Understand(inspected.MaskedText, context);
        clock.Lap("understand");

        var reply = new ReplyBuilder(templates, StableSeed(conversationId, state.Turns), culture);
        if (reset) reply.Say("state_reset");
        if (inspected.ContainsPaymentCard) reply.Say("card_warning");
        var turn = new Turn(new ShopperAnswer(slots, inspected.Text, inspected.MaskedText), state, understanding, reply, where)
        {
            ConversationId = conversationId, CustomerId = signedIn, Shouting = inspected.IsShouting, Concern = inspected.Concern,
        };
        await dialogue.HandleAsync(turn, clock, ct);
        if (turn.EndsConversation) conversation.Status = ConversationStatus.Closed;
        var said = await wording.WordAsync(reply.Build(), turn, inspected.MaskedText, ct);

        var now = time.GetUtcNow();
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var shopper = new ChatMessage
        {
            ConversationId = conversationId, Role = ChatRole.User, Text = inspected.MaskedText, ClientMessageId = clientMessageId, CreatedAt = now,
        };
        db.ChatMessages.Add(shopper);
        await db.SaveChangesAsync(ct);
        var answer = NewMessage(conversationId, ChatRole.Assistant, said, now);
        answer.ReplyToId = shopper.Id;
        db.ChatMessages.Add(answer);
        conversation.StateJson = DialogueStateJson.Write(state);
        conversation.UpdatedAt = now;
        clock.Lap("respond");
        db.Turns.Add(TurnTelemetry.Observe(TurnOutcomes.Stamp(TurnLog(conversationId, shopper, understanding, turn, clock, now), turn, understanding)));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (turn.HandOver == HandOver.Ticket) tickets.Offer(conversationId);
        else if (turn.HandOver == HandOver.Queue) await handoff.QueueAsync(conversationId, state, turn.SensitiveTopic, ct);
        return new TurnResult([View(answer)]);
    }

    private async Task<TurnResult> RelayToAgentAsync(Conversation conversation, string maskedText, string? clientMessageId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var shopper = new ChatMessage
        {
            ConversationId = conversation.Id, Role = ChatRole.User, Text = maskedText, ClientMessageId = clientMessageId, CreatedAt = now,
        };
        db.ChatMessages.Add(shopper);
        conversation.UpdatedAt = now;
        await db.SaveChangesAsync(ct);
        handoff.ShopperSaid(conversation.Id, View(shopper));
        return new TurnResult([]);
    }

    public async Task<Transcript?> TranscriptAsync(string conversationId, CancellationToken ct)
    {
        var conversation = await db.Conversations.AsNoTracking().Include(c => c.Messages).FirstOrDefaultAsync(c => c.Id == conversationId, ct);
        return conversation is null ? null
            : new Transcript(conversation.Id, conversation.CreatedAt, conversation.Messages.OrderBy(m => m.Id).Select(View).ToList());
    }

    // A shopper who moved to another product page asks about that product: "does this run small?" means the page's product.
    // Only a change of page moves the focus, so a product picked from a search stays in focus while the page stays the same.
    private static PageContext MoveTo(Conversation conversation, DialogueState state, PageContext? page)
    {
        var stored = JsonSerializer.Deserialize<PageContext>(conversation.ContextJson, Json) ?? new PageContext();
        if (page is null || page == stored) return stored;
        if (page.ProductHandle is { } handle && handle != stored.ProductHandle) state.Focus = handle;
        conversation.ContextJson = JsonSerializer.Serialize(page, Json);
        return page;
    }

    private async Task<TurnResult?> ReplayAsync(string conversationId, string clientMessageId, CancellationToken ct)
    {
        var sent = await db.ChatMessages.AsNoTracking()
            .FirstOrDefaultAsync(m => m.ConversationId == conversationId && m.ClientMessageId == clientMessageId, ct);
        if (sent is null) return null;
        var answers = await db.ChatMessages.AsNoTracking().Where(m => m.ReplyToId == sent.Id).OrderBy(m => m.Id).ToListAsync(ct);
        return new TurnResult(answers.Select(View).ToList(), Replayed: true);
    }

    private static TurnRecord TurnLog(string conversationId, ChatMessage shopper, Understanding.Understanding understanding, Turn turn,
        StageClock clock, DateTimeOffset now) => new()
    {
        ConversationId = conversationId,
        MessageId = shopper.Id,
        MaskedText = shopper.Text,
        Intent = understanding.Intent,
        Confidence = understanding.Confidence,
        EntitiesJson = JsonSerializer.Serialize(understanding.Entities.Spans, Json),
        Command = turn.Command,
        StageTimingsJson = JsonSerializer.Serialize(clock.Stages, Json),
        TotalMilliseconds = clock.TotalMilliseconds,
        CreatedAt = now,
    };

    private static ChatMessage NewMessage(string conversationId, ChatRole role, AssistantReply reply, DateTimeOffset now) => new()
    {
        ConversationId = conversationId, Role = role, Text = reply.Text,
        PartsJson = JsonSerializer.Serialize<IReadOnlyList<MessagePart>>(reply.Parts, Json), CreatedAt = now,
    };

    internal static ChatMessageView View(ChatMessage message) => new(
        message.Id, message.Role.ToString().ToLowerInvariant(), message.Text,
        message.Role == ChatRole.User ? [new TextPart(message.Text)]
            : JsonSerializer.Deserialize<IReadOnlyList<MessagePart>>(message.PartsJson, Json) ?? [],
        message.CreatedAt);

    // string.GetHashCode differs per process; wording must stay stable for the same conversation and turn.
    private static int StableSeed(string conversationId, int turn)
    {
        var hash = 2166136261u;
        foreach (var c in conversationId) hash = (hash ^ c) * 16777619u;
        return (int)((hash ^ (uint)turn) & 0x7fffffff);
    }
}
