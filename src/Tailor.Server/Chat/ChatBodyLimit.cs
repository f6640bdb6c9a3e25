using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;
using Tailor.Server.Widget;

namespace Tailor.Server.Chat;

/// <summary>
/// Caps chat request bodies (<c>Tailor:Chat:MaxRequestBytes</c>, 16 KB) before anything reads them: a declared length over
/// the cap is refused with 413 problem details at once, and the server stops reading a body without a length at the cap.
/// A message is at most a few thousand characters, so nothing a shopper types comes near it.
/// </summary>
public sealed class ChatBodyLimit(RequestDelegate next, IOptions<WebChatOptions> options)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var cap = options.Value.MaxRequestBytes;
        if (context.Request.ContentLength > cap)
        {
            await TypedResults.Problem(title: "The request is too large.", statusCode: StatusCodes.Status413PayloadTooLarge,
                detail: $"Chat requests are limited to {cap / 1024} KB. Send a shorter message.").ExecuteAsync(context);
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit) limit.MaxRequestBodySize = cap;
        await next(context);
    }
}
