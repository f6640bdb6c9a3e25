using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Tailor.Assistant.Customers;
using Tailor.Assistant.Understanding.Entities;
using Tailor.Assistant.Understanding.Intents;
using Tailor.Domain.Orders;
using Tailor.Assistant.Understanding.Slots;

namespace Tailor.Assistant.Orders;

/// <summary>Registers order care: access and verification, the order flows, actions and their execution.</summary>
public static class OrderCareRegistration
{
    public static IServiceCollection AddOrderCare(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(OrderCareOptions.Section).Get<OrderCareOptions>() ?? new OrderCareOptions();
        services.AddSingleton(options);
        var numbers = configuration.GetSection(OrderNumberOptions.Section).Get<OrderNumberOptions>() ?? new OrderNumberOptions();
        services.AddSingleton(numbers);
        // Validated at start: a broken pattern in the configuration fails the start, not a shopper's turn.
        services.AddSingleton(new OrderNumberFinder(numbers));
        // Next to emotion.yaml: phrases are data, shipped with the intent examples.
        services.AddSingleton(_ => OrderWords.Load(Path.Combine(Path.GetDirectoryName(TrainingData.FindFolder())!, "order_words.yaml")));
        services.AddSingleton<OrderWording>();
        services.AddSingleton<ReturnLabels>();
        services.AddSingleton<LinePicker>();
        services.AddSingleton<VariantPicker>();
        services.AddSingleton<AddressReader>();
        services.AddSingleton<SlotReader>();
        services.AddSingleton<SwapSteps>();
        services.AddSingleton<SwapRoute>();
        services.AddSingleton<ReturnEligibility>();

        services.AddScoped<ShopperClient>();
        services.AddScoped<OrderAccess>();
        services.AddScoped<OrderCodes>();
        services.AddScoped<OrderReader>();
        services.AddScoped<OrderFinder>();
        services.AddScoped<OrderActions>();
        services.AddScoped<OrderChanges>();
        services.AddScoped<OrderActionRunner>();
        services.AddScoped<TrackingReplies>();
        services.AddScoped<CancelSteps>();
        services.AddScoped<AccountProof>();
        services.AddScoped<PaymentSteps>();
        services.AddScoped<AccountAddressSteps>();
        services.AddScoped<ChangeSteps>();
        services.AddScoped<ReturnSteps>();
        services.AddScoped<ExchangeSteps>();
        services.AddScoped<OrderTaskSteps>();
        services.AddScoped<OrderConfirmation>();
        services.AddScoped<OrderDesk>();
        return services;
    }
}
