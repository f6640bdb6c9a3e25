using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Tests.Skills;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>Look-ups with order details: failures counted per conversation, per client and per (order, client), a cool-down after five.</summary>
public sealed class OrderAccessTests
{
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly OrderCareOptions options = new();

    [Fact]
    public async Task Five_failures_lock_the_guessing_client_out_of_the_order_until_the_window_has_passed()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        var wrong = IdentityDetails.Read("guess@example.com");
        var right = IdentityDetails.Read("emma.clarke@example.com");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(AccessOutcome.NotVerified, await VerifyAsync(store, "stranger", "conversation-a", wrong));
            time.Advance(TimeSpan.FromMinutes(1));
        }

        Assert.Equal(AccessOutcome.LockedOut, await VerifyAsync(store, "stranger", "conversation-a", right));
        Assert.Equal(AccessOutcome.LockedOut, await VerifyAsync(store, "stranger", "conversation-b", right));
        time.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(AccessOutcome.Granted, await VerifyAsync(store, "stranger", "conversation-b", right));
    }

    [Fact]
    public async Task A_stranger_guessing_at_an_order_never_locks_its_owner_out()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        for (var i = 0; i < 10; i++) await VerifyAsync(store, "stranger", $"stranger-chat-{i}", IdentityDetails.Read("guess@example.com"));

        Assert.Equal(AccessOutcome.Granted, await VerifyAsync(store, "owner", "owner-chat", IdentityDetails.Read("emma.clarke@example.com")));
    }

    [Fact]
    public async Task One_client_guessing_across_many_orders_and_chats_is_locked_out_everywhere()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        await using var db = store.Open();
        var access = new OrderAccess(db, options, new ShopperClient { Key = "scanner" }, time);
        for (var i = 0; i < options.MaxFailedAttemptsPerClient; i++)
            await access.VerifyAsync(TurnIn($"chat-{i}", new DialogueState()), $"TL-9{i:D5}", IdentityDetails.Read("guess@example.com"), CancellationToken.None);

        Assert.NotNull(await access.LockedForAsync("fresh-chat", "TL-100001", CancellationToken.None));
        var other = new OrderAccess(db, options, new ShopperClient { Key = "someone-else" }, time);
        Assert.Null(await other.LockedForAsync("their-chat", "TL-100001", CancellationToken.None));
    }

    [Fact]
    public async Task Failures_on_different_orders_still_lock_the_conversation()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        await using var db = store.Open();
        var access = new OrderAccess(db, options, new ShopperClient(), time);
        var turn = TurnIn("guessing", new DialogueState());
        for (var i = 0; i < 5; i++) await access.VerifyAsync(turn, $"TL-90000{i}", IdentityDetails.Read("guess@example.com"), CancellationToken.None);

        Assert.NotNull(await access.LockedForAsync("guessing", "TL-100001", CancellationToken.None));
        Assert.Null(await access.LockedForAsync("someone-else", "TL-100001", CancellationToken.None));
    }

    [Fact]
    public async Task A_verified_order_stays_open_for_a_while_and_the_details_are_not_stored()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        var state = new DialogueState();
        await using var db = store.Open();
        var access = new OrderAccess(db, options, new ShopperClient(), time);

        Assert.Equal(AccessOutcome.Granted, await access.VerifyAsync(TurnIn("c", state), "TL-100001", IdentityDetails.Read("N16 9PH"), CancellationToken.None));

        Assert.True(await access.IsOpenAsync(TurnIn("c", state), "TL-100001", CancellationToken.None));
        Assert.False(await access.IsOpenAsync(TurnIn("c", new DialogueState()), "TL-100001", CancellationToken.None));
        var attempt = Assert.Single(db.VerificationAttempts);
        Assert.Equal(("c", "TL-100001", true), (attempt.ConversationId, attempt.OrderNumber, attempt.Succeeded));
        time.Advance(options.ProofLifetime + TimeSpan.FromSeconds(1));
        Assert.False(await access.IsOpenAsync(TurnIn("c", state), "TL-100001", CancellationToken.None));
    }

    [Fact]
    public async Task Details_offered_unasked_that_do_not_match_are_not_counted_as_tries()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store);
        await using var db = store.Open();
        var access = new OrderAccess(db, options, new ShopperClient { Key = "owner" }, time);
        var turn = TurnIn("chat", new DialogueState());

        for (var i = 0; i < options.MaxFailedAttempts + 1; i++)
            Assert.Equal(AccessOutcome.NotVerified,
                await access.VerifyAsync(turn, "TL-100001", IdentityDetails.Read("card ending 2478"), CancellationToken.None, counted: false));

        Assert.Empty(db.VerificationAttempts);
        Assert.Null(await access.LockedForAsync("chat", "TL-100001", CancellationToken.None));
        Assert.Equal(AccessOutcome.Granted, await access.VerifyAsync(turn, "tl100001", IdentityDetails.Read("N16 9PH"), CancellationToken.None, counted: false));
    }

    [Theory]
    [InlineData("emma.clarke@example.com")]
    [InlineData("emma@work.example.com")]
    [InlineData("N16 9PH")]
    [InlineData("EH1 1YZ")]
    public async Task The_email_or_postcode_of_the_order_or_of_its_account_proves_it(string detail)
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store, new Customer
        {
            ExternalId = "cus_1", Email = "emma@work.example.com",
            Addresses = [new Address { Name = "Emma Clarke", Line1 = "2 Royal Mile", City = "Edinburgh", PostalCode = "EH1 1YZ" }],
        });

        Assert.Equal(AccessOutcome.Granted, await VerifyAsync(store, "owner", "chat", IdentityDetails.Read(detail)));
    }

    [Fact]
    public async Task Another_accounts_details_do_not_prove_an_order()
    {
        await using var store = await ScratchDatabase.CreateAsync();
        await AddOrderAsync(store, new Customer { ExternalId = "cus_1", Email = "emma@work.example.com" });
        await using (var db = store.Open())
        {
            db.Customers.Add(new Customer { ExternalId = "cus_2", Email = "someone@else.example.com" });
            await db.SaveChangesAsync();
        }

        Assert.Equal(AccessOutcome.NotVerified, await VerifyAsync(store, "stranger", "chat", IdentityDetails.Read("someone@else.example.com")));
    }

    [Fact]
    public void Digits_without_an_address_or_postcode_shape_are_only_a_guess() =>
        Assert.True(IdentityDetails.Read("card ending 2478").IsGuess);

    private async Task<AccessOutcome> VerifyAsync(ScratchDatabase store, string client, string conversation, IdentityDetails details)
    {
        await using var db = store.Open();
        return await new OrderAccess(db, options, new ShopperClient { Key = client }, time)
            .VerifyAsync(TurnIn(conversation, new DialogueState()), "TL-100001", details, CancellationToken.None);
    }

    private static Turn TurnIn(string conversation, DialogueState state) =>
        new(ShopperAnswer.None, state, new Understanding.Understanding("", 1, [], RecognizedEntities.None, new OutOfScope()),
            new ReplyBuilder(ResponseTemplates.LoadEmbedded(), 0, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), new PageContext())
        { ConversationId = conversation };

    private static async Task AddOrderAsync(ScratchDatabase store, Customer? account = null)
    {
        await using var db = store.Open();
        db.Orders.Add(new Order
        {
            Customer = account,
            Number = "TL-100001", Email = "emma.clarke@example.com",
            ShippingAddress = new Address { Name = "Emma Clarke", Line1 = "14 Albion Road", City = "London", PostalCode = "N16 9PH" },
        });
        await db.SaveChangesAsync();
    }
}
