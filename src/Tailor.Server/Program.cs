using Tailor.Assistant;
using Tailor.Server.Admin;
using Tailor.Server.Catalog;
using Tailor.Server.Chat;
using Tailor.Server.Customers;
using Tailor.Server.Hosting;
using Tailor.Server.Import;
using Tailor.Server.Orders;
using Tailor.Server.Policies;
using Tailor.Server.Promotions;
using Tailor.Store;

var builder = WebApplication.CreateBuilder(args);
builder.AddTailorStore();
builder.AddAssistant();
builder.AddApiPlatform();
builder.AddAdminApiKey();
builder.AddCatalog();

var app = builder.Build();
await app.InitializeStoreAsync();
app.UseApiPlatform();
app.UseAdminApiKey();
app.MapCatalogApi();
app.MapProductImages();
app.MapPromotionsApi();
app.MapPoliciesApi();
app.MapOrdersApi();
app.MapCustomersApi();
app.MapImportApi();
app.MapChatApi();
app.Run();

/// <summary>Entry point, visible to integration tests.</summary>
public partial class Program;
