using Tailor.Domain.Customers;
using Tailor.Domain.Orders;
using Tailor.Domain.Promotions;
using Tailor.Domain.Returns;
using Tailor.Domain.Settings;
using Tailor.Store.Demo.Catalog;
using Tailor.Store.Demo.People;

namespace Tailor.Store.Demo.Orders;

/// <summary>
/// Generates 18 months of orders, numbered in the order they were placed, each with a status that follows
/// from its age: recent orders still pending or on their way, older ones delivered, some cancelled or returned.
/// </summary>
internal sealed class OrderGenerator
{
    private sealed record Plan(DateTimeOffset PlacedAt, DemoOrder? Demo);

    private readonly Random random;
    private readonly StoreSettings settings;
    private readonly DateTimeOffset now;
    private readonly IReadOnlyList<CustomerProfile> customers;
    private readonly OrderCalendar calendar;
    private readonly BasketBuilder baskets;
    private readonly CheckoutPricing pricing;
    private readonly PaymentPicker payments;
    private readonly ShipmentGenerator shipments;
    private readonly ReturnGenerator returns;
    private readonly PopularityPicker<CustomerProfile> shoppers;
    private readonly List<(string, double)> countries;
    private readonly HashSet<string> emails;
    private readonly Dictionary<string, int> ordersByCustomer = new(StringComparer.Ordinal);

    public OrderGenerator(Random random, StoreSettings settings, DateTimeOffset now, IReadOnlyList<ProductProfile> products,
        IReadOnlyList<CustomerProfile> customers, IReadOnlyList<Promotion> promotions, Random? tasteRandom = null)
    {
        (this.random, this.settings, this.now, this.customers) = (random, settings, now, customers);
        calendar = new OrderCalendar(random, settings, now);
        baskets = new BasketBuilder(random, products, tasteRandom is null ? null : new ShopperTastes(tasteRandom, products));
        pricing = new CheckoutPricing(random, promotions);
        payments = new PaymentPicker(random, settings);
        shipments = new ShipmentGenerator(random, now);
        returns = new ReturnGenerator(random, settings, now);
        // The demo customer's history is fixed (DemoCustomerOrders), so random orders go to everyone else.
        shoppers = new PopularityPicker<CustomerProfile>(customers.Skip(1), c => c.Customer.CreatedAt, c => c.Activity);
        countries = CustomerGenerator.CountryWeights(settings);
        emails = customers.Select(c => c.Customer.Email).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    public (List<Order> Orders, List<ReturnRequest> Returns) Generate(int count)
    {
        var demo = customers.Count > 0 && count > 0 ? Enum.GetValues<DemoOrder>().Take(count).ToList() : [];
        var plans = demo.Select(kind => new Plan(DemoCustomerOrders.Timeline(kind, now, settings, ZoneFor("GB")).PlacedAt, kind))
            .Concat(Enumerable.Range(0, count - demo.Count).Select(_ => new Plan(calendar.PlacedAt(), null)))
            .OrderBy(p => p.PlacedAt)
            .ToList();

        var orders = new List<Order>(count);
        var requests = new List<ReturnRequest>();
        for (var i = 0; i < plans.Count; i++)
        {
            var (order, request) = Build(plans[i], OrderNumber.Format(100001 + i));
            orders.Add(order);
            if (request is not null) requests.Add(request);
        }
        return (orders, requests);
    }

    private (Order, ReturnRequest?) Build(Plan plan, string number)
    {
        var shopper = plan.Demo is not null ? customers[0] : random.Chance(0.06) ? null : shoppers.Pick(random, plan.PlacedAt);
        var address = shopper is null ? GuestAddress() : Destination(shopper.Customer);
        var zone = ZoneFor(address.Country);
        var mustBeReturnable = plan.Demo is DemoOrder.DeliveredRecently or DemoOrder.PartiallyReturned or DemoOrder.Returned;
        var basket = baskets.Fill(shopper, plan.PlacedAt,
            mustBeReturnable ? p => !p.Product.FinalSale && !settings.Returns.ExcludedCategories.Contains(p.Product.Category, StringComparer.OrdinalIgnoreCase) : null,
            plan.Demo switch { DemoOrder.PartiallyReturned => 2, DemoOrder.Returned => 1, null => null, _ => random.Between(1, 2) });
        // A tiny catalog may have nothing returnable; an order still needs a line.
        if (basket.Count == 0) basket = baskets.Fill(shopper, plan.PlacedAt, lineCount: 1);

        var previousOrders = shopper is null ? 0 : ordersByCustomer.GetValueOrDefault(shopper.Customer.ExternalId);
        if (shopper is not null) ordersByCustomer[shopper.Customer.ExternalId] = previousOrders + 1;
        var code = pricing.Apply(basket, plan.PlacedAt, firstOrder: shopper is not null && previousOrders == 0, useCode: plan.Demo is null && random.Chance(0.18));

        var order = new Order
        {
            Number = number,
            Email = shopper?.Customer.Email ?? GuestEmail(address.Name),
            Currency = settings.Currency,
            Lines = basket.Select(b => b.Line).ToList(),
            PromotionCode = code,
            Payment = payments.Pick(),
            ShippingAddress = address,
            PlacedAt = plan.PlacedAt,
        };
        order.RecalculateTotals(zone.StandardCostFor(order.Lines.Sum(l => l.Total)));

        var timeline = plan.Demo is { } kind ? DemoCustomerOrders.Timeline(kind, now, settings, zone) : calendar.Timeline(plan.PlacedAt, zone);
        var request = Progress(order, timeline, zone, basket, plan.Demo);
        order.UpdatedAt = new[] { order.PlacedAt, timeline.PaidAt <= now ? timeline.PaidAt : order.PlacedAt, order.ShippedAt ?? default,
            order.DeliveredAt ?? default, order.CancelledAt ?? default, request?.CreatedAt ?? default }.Max();
        return (order, request);
    }

    // Moves the order along its timeline up to today: cancelled, or shipped, delivered and perhaps returned.
    private ReturnRequest? Progress(Order order, OrderTimeline timeline, ShippingZone zone, List<BasketLine> basket, DemoOrder? demo)
    {
        order.Status = timeline.StatusAt(now);
        if (order.Status == OrderStatus.Cancelled)
        {
            order.CancelledAt = timeline.CancelAt;
            return null;
        }
        if (order.Status is OrderStatus.Pending or OrderStatus.Processing) return null;

        var shipment = shipments.Ship(timeline, zone, order.ShippingAddress);
        order.Shipments.Add(shipment);
        order.ShippedAt = shipment.ShippedAt;
        order.DeliveredAt = shipment.DeliveredAt;
        if (order.Status != OrderStatus.Delivered) return null;

        return demo switch
        {
            DemoOrder.PartiallyReturned => returns.Return(order, basket, everything: false, DemoCustomerOrders.ReturnStartedAt(timeline)),
            DemoOrder.Returned => returns.Return(order, basket, everything: true, DemoCustomerOrders.ReturnStartedAt(timeline)),
            null when returns.WillReturn(basket) => returns.Return(order, basket, everything: random.Chance(0.55)),
            _ => null,
        };
    }

    // A copy: the order keeps the address as it was, and EF Core cannot share one owned instance between rows.
    private Address Destination(Customer customer) =>
        (customer.Addresses.Count > 1 && random.Chance(0.2) ? customer.Addresses[1] : customer.Addresses[0]) with { };

    private Address GuestAddress()
    {
        var country = random.PickWeighted(countries);
        var names = NameBook.For(country);
        var name = $"{random.Pick(random.Chance(0.7) ? names.Women : names.Men)} {random.Pick(names.Last)}";
        return AddressBook.Address(random, country, name);
    }

    // Guests check out with an e-mail that no account uses, so they stay guests when the store is written.
    private string GuestEmail(string name)
    {
        var local = string.Join('.', name.Split(' ').Select(Slug.Compact));
        string email;
        do email = $"{local}.{random.Digits(3)}@example.net";
        while (!emails.Add(email));
        return email;
    }

    private ShippingZone ZoneFor(string country) =>
        settings.ZoneFor(country) ?? settings.Shipping.FirstOrDefault()
        ?? new ShippingZone { Country = country, Name = country, Carrier = "Royal Mail", StandardCost = 3.95m, StandardDaysMin = 2, StandardDaysMax = 4 };
}
