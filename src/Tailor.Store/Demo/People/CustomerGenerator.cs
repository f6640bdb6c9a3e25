using Tailor.Domain.Customers;
using Tailor.Domain.Settings;
using Tailor.Store.Demo.Catalog;

namespace Tailor.Store.Demo.People;

/// <summary>What the generator knows about a shopper beyond the record: what they shop for and how often.</summary>
internal sealed record CustomerProfile(Customer Customer, bool ShopsWomen, double Activity);

/// <summary>Generates the store's customers: mostly British, the rest from the other countries the store ships to.</summary>
internal sealed class CustomerGenerator(Random random, StoreSettings settings, DateTimeOffset now)
{
    /// <summary>The customer the chat demo signs in as; always generated the same so demos and docs can rely on her.</summary>
    public const string DemoCustomerId = "cus_000001";

    private static readonly string[] Domains = ["example.com", "example.org", "example.net"];

    private readonly HashSet<string> emails = new(StringComparer.OrdinalIgnoreCase);

    public List<CustomerProfile> Generate(int count)
    {
        // Numbered in sign-up order, so cus_000001 is the longest-standing customer.
        var signUps = Enumerable.Range(0, count).Select(_ => now.AddDays(-random.Between(1.0, 1100.0))).Order().ToList();
        var countries = CountryWeights(settings);
        var customers = new List<CustomerProfile>(count);
        for (var i = 0; i < count; i++)
            customers.Add(i == 0 ? DemoCustomer(signUps[0]) : Customer(i + 1, random.PickWeighted(countries), signUps[i]));
        return customers;
    }

    private CustomerProfile Customer(int number, string country, DateTimeOffset createdAt)
    {
        var woman = random.Chance(0.72);
        var names = NameBook.For(country);
        var (first, last) = (random.Pick(woman ? names.Women : names.Men), random.Pick(names.Last));
        var fullName = $"{first} {last}";
        var addresses = new List<Address> { AddressBook.Address(random, country, fullName) };
        if (random.Chance(0.3)) addresses.Add(AddressBook.Address(random, country, fullName));
        var customer = new Customer
        {
            ExternalId = $"cus_{number:D6}",
            FirstName = first,
            LastName = last,
            Email = UniqueEmail(first, last),
            Phone = random.Chance(0.85) ? AddressBook.Phone(random, country) : null,
            Addresses = addresses,
            Preferences = Preferences(woman),
            Consents = new Consents
            {
                Marketing = random.Chance(0.55),
                Personalization = random.Chance(0.7),
                ChatHistory = random.Chance(0.6),
                UpdatedAt = createdAt.AddDays(random.Between(0.0, 30.0)) is var updated && updated < now ? updated : createdAt,
            },
            CreatedAt = createdAt,
        };
        return new CustomerProfile(customer, woman, Math.Exp(random.Gaussian(0, 0.9)));
    }

    private CustomerProfile DemoCustomer(DateTimeOffset createdAt)
    {
        emails.Add("emma.clarke@example.com");
        var customer = new Customer
        {
            ExternalId = DemoCustomerId,
            FirstName = "Emma",
            LastName = "Clarke",
            Email = "emma.clarke@example.com",
            Phone = "+44 7700 900123",
            Addresses =
            [
                new Address { Name = "Emma Clarke", Line1 = "14 Albion Road", City = "London", PostalCode = "N16 9PH", Country = "GB" },
                new Address { Name = "Emma Clarke", Line1 = "3rd Floor, 22 Market Street", City = "Manchester", PostalCode = "M1 1PT", Country = "GB" },
            ],
            Preferences = new CustomerPreferences
            {
                Sizes = ["10", "M", "UK 6"], FavoriteColors = ["navy", "sage", "cream"], DislikedColors = ["orange"],
                Styles = ["classic", "minimalist"], Fit = "regular", Budget = 120m,
            },
            Consents = new Consents { Marketing = true, Personalization = true, ChatHistory = true, UpdatedAt = createdAt },
            CreatedAt = createdAt,
        };
        return new CustomerProfile(customer, ShopsWomen: true, Activity: 2.5);
    }

    private string UniqueEmail(string first, string last)
    {
        var local = $"{Slug.Compact(first)}.{Slug.Compact(last)}";
        var domain = random.Pick(Domains);
        var email = $"{local}@{domain}";
        for (var n = random.Between(2, 99); !emails.Add(email); n += random.Between(1, 50)) email = $"{local}{n}@{domain}";
        return email;
    }

    // Not everyone tells us their sizes or taste: preferences are partial, as they are in a real store.
    private CustomerPreferences Preferences(bool woman)
    {
        var preferences = new CustomerPreferences();
        if (random.Chance(0.6))
        {
            var clothing = (int)Math.Clamp(Math.Round(random.Gaussian(woman ? 2.3 : 2.6, 1.1)), 0, 5);
            preferences.Sizes = woman
                ? [SizeRuns.WomenNumeric[clothing], SizeRuns.Letters[Math.Min(clothing, 5)], random.Pick(SizeRuns.WomenShoes.Skip(1).Take(4).ToList())]
                : [SizeRuns.Letters[clothing], SizeRuns.MenWaist[Math.Clamp(clothing - 1, 0, 5)], random.Pick(SizeRuns.MenShoes.Skip(1).Take(5).ToList())];
        }
        if (random.Chance(0.4)) preferences.FavoriteColors = random.PickDistinct(ColorPalettes.Fashion.Distinct().ToList(), random.Between(1, 3));
        if (random.Chance(0.2)) preferences.DislikedColors = [random.Pick(ColorPalettes.Fashion)];
        preferences.DislikedColors.RemoveAll(preferences.FavoriteColors.Contains);
        if (random.Chance(0.3)) preferences.Styles = random.PickDistinct(StyleVocabulary.Styles, random.Between(1, 2));
        if (random.Chance(0.3)) preferences.Fit = random.Pick<string>(["slim", "regular", "regular", "relaxed", "oversized"]);
        if (random.Chance(0.2)) preferences.Budget = random.Pick<decimal>([40m, 50m, 75m, 100m, 150m, 200m]);
        return preferences;
    }

    // The store's home market dominates; the other shipping countries share the rest.
    internal static List<(string, double)> CountryWeights(StoreSettings settings)
    {
        var weights = settings.Shipping
            .Select(zone => (zone.Country, zone.Country.ToUpperInvariant() switch
            {
                "GB" => 80.0, "IE" => 5, "FR" or "DE" => 3, "NL" or "ES" or "US" => 2.5, "AU" => 1.5, _ => 1,
            }))
            .ToList();
        return weights.Count > 0 ? weights : [("GB", 1)];
    }
}
