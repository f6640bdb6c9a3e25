using Microsoft.AspNetCore.Diagnostics;

namespace Tailor.Server.Hosting;

/// <summary>Turns parameter binding failures ("minPrice=abc") into problem details that name the parameter.</summary>
internal sealed class BadRequestHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        if (exception is not BadHttpRequestException bad) return false;
        context.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            Exception = exception,
            ProblemDetails = { Status = bad.StatusCode, Title = "The request is not valid.", Detail = bad.Message },
        });
    }
}
