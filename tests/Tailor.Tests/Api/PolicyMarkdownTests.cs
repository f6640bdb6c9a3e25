using Tailor.Server.Policies;

namespace Tailor.Tests.Api;

/// <summary>Policy pages come from imports: their links must not run script in a shopper's browser.</summary>
public sealed class PolicyMarkdownTests
{
    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](java\tscript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    [InlineData("![pic](javascript:alert(1))")]
    [InlineData("<javascript:alert(1)>")]
    public void Links_that_are_not_http_mailto_or_relative_lose_their_address(string markdown)
    {
        var html = PolicyMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("href=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"javascript", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:text", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<a ", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("[returns](https://shop.example/returns)", "href=\"https://shop.example/returns\"")]
    [InlineData("[write to us](mailto:help@shop.example)", "href=\"mailto:help@shop.example\"")]
    [InlineData("[delivery](/pages/delivery)", "href=\"/pages/delivery\"")]
    [InlineData("[faq](#sizes)", "href=\"#sizes\"")]
    public void Web_mail_and_relative_links_are_kept(string markdown, string expected)
    {
        Assert.Contains(expected, PolicyMarkdown.ToHtml(markdown), StringComparison.Ordinal);
    }

    [Fact]
    public void The_text_of_a_dropped_link_stays()
    {
        Assert.Contains("click here", PolicyMarkdown.ToHtml("please [click here](javascript:alert(1)) now"), StringComparison.Ordinal);
    }
}
