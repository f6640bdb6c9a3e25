using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Tailor.Assistant.Respond.Voice;
using Tailor.Server.Agents;
using Tailor.Store.Persistence;

namespace Tailor.Server.Admin;

/// <summary>A few answers in the store's voice (voice.yaml in the data folder): as JSON for tools, as a console page for admins.</summary>
public static class VoicePreviewApi
{
    public static WebApplication MapVoicePreview(this WebApplication app)
    {
        app.MapGet("/api/admin/voice/preview", async (VoicePreview preview, TailorDbContext db, CancellationToken ct) =>
                TypedResults.Ok(preview.Answers(await AnyTitleAsync(db, ct))))
            .RequireAdminApiKey().WithTags("Voice (admin)").WithName("VoicePreview")
            .WithSummary("Answers as the assistant says them in the store's voice: greeting, who it is, thanks, a refusal, with their quick replies.");
        app.MapGet("/agent/voice", Page)
            .RequireAuthorization(AgentConsoleRegistration.AdminPolicy).ExcludeFromDescription();
        return app;
    }

    private static async Task<ContentHttpResult> Page(VoicePreview preview, TailorDbContext db, CancellationToken ct)
    {
        var html = new StringBuilder("<!doctype html><html lang=\"en\"><meta charset=\"utf-8\"><title>Voice preview</title><body><h1>Your assistant's voice</h1>")
            .Append("<p>Edit <code>voice.yaml</code> in the data folder and restart the server to change this wording.</p>");
        foreach (var answer in preview.Answers(await AnyTitleAsync(db, ct)))
        {
            html.Append("<section><h2>").Append(HtmlEncoder.Default.Encode(answer.Key)).Append("</h2><p>")
                .Append(HtmlEncoder.Default.Encode(answer.Text)).Append("</p>");
            if (answer.QuickReplies.Count > 0)
                html.Append("<ul>").AppendJoin("", answer.QuickReplies.Select(q => $"<li>{HtmlEncoder.Default.Encode(q)}</li>")).Append("</ul>");
            html.Append("</section>");
        }
        return TypedResults.Content(html.Append("</body></html>").ToString(), "text/html; charset=utf-8");
    }

    private static Task<string?> AnyTitleAsync(TailorDbContext db, CancellationToken ct) =>
        db.Products.OrderBy(p => p.Handle).Select(p => p.Title).FirstOrDefaultAsync(ct);
}
