using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Tailor.Assistant.Customers.Email;
using Tailor.Assistant.Dialogue;
using Tailor.Assistant.Orders;
using Tailor.Assistant.Respond;
using Tailor.Assistant.Tests.Skills;
using Tailor.Assistant.Understanding;
using Tailor.Assistant.Understanding.Slots;
using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Store.Persistence;

namespace Tailor.Assistant.Tests.Orders;

/// <summary>One-time codes for order changes: e-mailed to the order's address, hashed, single use, expiring, a few tries.</summary>
public sealed class OrderCodesTests : IAsyncLifetime
{
    private const string Number = "TL-100001";
    private const string Email = "emma.clarke@example.com";
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 11, 25, 10, 0, 0, TimeSpan.Zero));
    private readonly OrderCareOptions options = new();
    private readonly StoreOptions storeOptions = new() { DataDirectory = Path.Combine(Path.GetTempPath(), $"tailor-codes-{Guid.NewGuid():N}") };
    private ScratchDatabase store = null!;
    private DevelopmentEmailSender mail = null!;

    public async Task InitializeAsync()
    {
        store = await ScratchDatabase.CreateAsync();
        mail = new DevelopmentEmailSender(storeOptions, new HostingEnvironment { EnvironmentName = "Testing" }, time, NullLogger<DevelopmentEmailSender>.Instance);
        await using var db = store.Open();
        db.Orders.Add(new Order
        {
            Number = Number, Email = Email,
            ShippingAddress = new Address { Name = "Emma Clarke", Line1 = "14 Albion Road", City = "London", PostalCode = "N16 9PH" },
        });
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_code_goes_to_the_orders_email_and_only_its_hash_is_stored()
    {
        await SendAsync("c");

        var code = CodeMailed();
        await using var db = store.Open();
        var row = await db.OrderCodes.SingleAsync();
        Assert.DoesNotContain(code, row.CodeHash, StringComparison.Ordinal);
        Assert.Equal(time.GetUtcNow() + options.CodeLifetime, row.ExpiresAt);
        Assert.Equal(1, await db.AuditLog.CountAsync(a => a.Subject == Number && a.Action == "order.code_sent"));
    }

    [Fact]
    public async Task The_right_code_proves_the_order_once_for_that_conversation_only()
    {
        await SendAsync("c");
        var code = CodeMailed();

        Assert.Equal(CodeCheck.Accepted, (await CheckAsync("c", code)).Check);

        Assert.True(await ProvenAsync("c"));
        Assert.False(await ProvenAsync("another-chat"));
        Assert.Equal(CodeCheck.NoCode, (await CheckAsync("c", code)).Check);
        time.Advance(options.ProofLifetime + TimeSpan.FromSeconds(1));
        Assert.False(await ProvenAsync("c"));
    }

    [Fact]
    public async Task A_code_typed_in_another_conversation_proves_nothing()
    {
        await SendAsync("c");

        Assert.Equal(CodeCheck.NoCode, (await CheckAsync("stranger", CodeMailed())).Check);
        Assert.False(await ProvenAsync("stranger"));
    }

    [Fact]
    public async Task A_code_expires_after_ten_minutes()
    {
        await SendAsync("c");
        time.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(CodeCheck.Expired, (await CheckAsync("c", CodeMailed())).Check);
        Assert.False(await ProvenAsync("c"));
    }

    [Fact]
    public async Task Five_wrong_codes_spend_the_code_even_the_right_one_after()
    {
        await SendAsync("c");
        var code = CodeMailed();
        var wrong = (code[0] == '9' ? '0' : (char)(code[0] + 1)) + code[1..];

        var tries = new List<CodeCheck>();
        for (var i = 0; i < 5; i++) tries.Add((await CheckAsync("c", wrong)).Check);

        Assert.Equal([CodeCheck.Wrong, CodeCheck.Wrong, CodeCheck.Wrong, CodeCheck.Wrong, CodeCheck.Spent], tries);
        Assert.Equal(CodeCheck.NoCode, (await CheckAsync("c", code)).Check);
        Assert.False(await ProvenAsync("c"));
    }

    [Fact]
    public async Task A_new_code_replaces_the_old_one_and_sending_is_limited_per_order()
    {
        await SendAsync("c");
        var first = CodeMailed();
        await SendAsync("c");
        var second = CodeMailed();

        Assert.Equal(CodeSending.Sent, await SendAsync("other-chat"));
        Assert.Equal(CodeSending.TooMany, await SendAsync("c"));
        if (first != second) Assert.Equal(CodeCheck.Wrong, (await CheckAsync("c", first)).Check);
        Assert.Equal(CodeCheck.Accepted, (await CheckAsync("c", second)).Check);
    }

    public async Task DisposeAsync()
    {
        await store.DisposeAsync();
        if (Directory.Exists(storeOptions.DataDirectory)) Directory.Delete(storeOptions.DataDirectory, recursive: true);
    }

    private string CodeMailed()
    {
        var message = mail.LatestTo(Email) ?? throw new InvalidOperationException("No code was mailed.");
        return System.Text.RegularExpressions.Regex.Match(message.Body, @"(?<![\w-])\d{6}(?!\w)").Value;
    }

    private async Task<CodeSending> SendAsync(string conversation)
    {
        await using var db = store.Open();
        return await Codes(db).SendAsync(TurnIn(conversation), Number, CancellationToken.None);
    }

    private async Task<(CodeCheck Check, int TriesLeft)> CheckAsync(string conversation, string code)
    {
        await using var db = store.Open();
        return await Codes(db).CheckAsync(TurnIn(conversation), Number, code, CancellationToken.None);
    }

    private async Task<bool> ProvenAsync(string conversation)
    {
        await using var db = store.Open();
        return await Codes(db).IsProvenAsync(TurnIn(conversation), Number, CancellationToken.None);
    }

    private OrderCodes Codes(TailorDbContext db) =>
        new(db, mail, ResponseTemplates.LoadEmbedded(), options, Options.Create(storeOptions), time);

    private static Turn TurnIn(string conversation) =>
        new(ShopperAnswer.None, new DialogueState(), new Understanding.Understanding("", 1, [], RecognizedEntities.None, new OutOfScope()),
            new ReplyBuilder(ResponseTemplates.LoadEmbedded(), 0, System.Globalization.CultureInfo.GetCultureInfo("en-GB")), new PageContext())
        { ConversationId = conversation };
}
