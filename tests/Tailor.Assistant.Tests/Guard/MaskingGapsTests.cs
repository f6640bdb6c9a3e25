using Tailor.Assistant.Guard;

namespace Tailor.Assistant.Tests.Guard;

/// <summary>The kinds of personal data issue 17 (finding 6) found stored raw, each masked now, and the look-alikes that stay.</summary>
public sealed class MaskingGapsTests
{
    private readonly MessageGuard guard = new(new GuardOptions());

    [Theory]
    [InlineData("my card is 4111 1111 1111 1111 exp 12/27 cvv 123", "my card is [card] exp [card] cvv [card]")]
    [InlineData("4242 4242 4242 4242 08/29 321", "[card] [card] [card]")]
    [InlineData("the 3 digits on the back are 552", "the 3 digits on the back are [card]")]
    [InlineData("security code: 7295 on my amex", "security code: [card] on my amex")]
    [InlineData("expiry date is 04/2026", "expiry date is [card]")]
    public void Card_security_codes_and_expiry_dates_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("card no 4111 1111 1111 1112 keeps failing", "card no [card] keeps failing")]
    [InlineData("my debit card 1234-5678-9012-3456 was charged", "my debit card [card] was charged")]
    [InlineData("gift card 6011000990139425", "gift card [card]")]
    public void A_long_number_near_a_card_word_is_masked_even_when_it_fails_luhn(string text, string masked)
    {
        var result = guard.Inspect(text);

        Assert.Equal(masked, result.MaskedText);
        Assert.True(result.ContainsPaymentCard);
    }

    [Theory]
    [InlineData("my ssn is 123-45-6789", "my ssn is [id]")]
    [InlineData("078-05-1120", "[id]")]
    [InlineData("social security number 536 22 1948", "social security number [id]")]
    public void Us_social_security_numbers_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("it's sarah dot jones at gmail dot com", "it's [email]")]
    [InlineData("k.oconnor(at)outlook(dot)ie", "[email]")]
    [InlineData("my email is aoife murphy at hotmail dot com", "my email is [email]")]
    [InlineData("lena.schmidt [at] web [dot] de", "[email]")]
    public void Spelled_out_email_addresses_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("my eircode is D02 X285", "my eircode is [postcode]")]
    [InlineData("Cork T12K2N4", "Cork [postcode]")]
    [InlineData("ZIP is 90210", "ZIP is [postcode]")]
    public void Eircodes_and_named_zip_codes_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("date of birth 12/03/1988", "date of birth [birthdate]")]
    [InlineData("DOB: 1990-07-21", "DOB: [birthdate]")]
    [InlineData("i was born on 5 May 1993", "i was born on [birthdate]")]
    [InlineData("born March 12, 1992", "born [birthdate]")]
    public void Dates_of_birth_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("Hi, I'm Sarah Jones and I ordered a dress", "Hi, I'm [name] and I ordered a dress")]
    [InlineData("my name is marie dupont and my parcel never came", "my name is [name] and my parcel never came")]
    [InlineData("hello this is Tom Byrne, order TL-100045", "hello this is [name], order TL-100045")]
    [InlineData("The name's Jack O'Brien", "The name's [name]")]
    [InlineData("im sarah btw", "im [name] btw")]
    [InlineData("Hi, Emma Wilson here, where's my order?", "Hi, [name] here, where's my order?")]
    public void Names_shoppers_give_as_their_own_are_masked(string text, string masked) =>
        Assert.Equal(masked, guard.Inspect(text).MaskedText);

    [Theory]
    [InlineData("I'm looking for a red dress")]
    [InlineData("I'm Looking For A Navy Blazer")]
    [InlineData("I'm Irish, do you deliver here?")]
    [InlineData("I'm Catholic so need a modest dress")]
    [InlineData("this is a gift for my mum")]
    [InlineData("call me when it's back in stock")]
    [InlineData("my name is on the order, why can't you find it")]
    [InlineData("the Emma dress in navy, size 12")]
    [InlineData("I shop at zara dot com too")]
    [InlineData("voucher expires 31/12/2025?")]
    [InlineData("I want it before my birthday on 3 March")]
    [InlineData("order TL-100023 cvv question, was I charged?")]
    [InlineData("jeans W32 L34 in stock?")]
    [InlineData("style number 4402-118 please")]
    [InlineData("do you have this in UK 12?")]
    [InlineData("is the coat £129.99 or £99?")]
    [InlineData("will it arrive by 24 December?")]
    public void Shopping_talk_that_looks_like_personal_data_is_left_alone(string text) =>
        Assert.Equal(text, guard.Inspect(text).MaskedText);
}
