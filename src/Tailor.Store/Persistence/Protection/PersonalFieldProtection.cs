using Microsoft.AspNetCore.DataProtection;

namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// Encrypts and decrypts personal columns with Data Protection (one protector per <see cref="FieldKind"/>, the key ring
/// of the data folder, rotated by it) and hashes the values that are looked up by equality. One per application: the
/// EF model built for it carries its converters.
/// </summary>
public sealed class PersonalFieldProtection
{
    /// <summary>Starts every encrypted value, so a value is recognised as encrypted and never encrypted twice.</summary>
    public const string Prefix = "enc1:";
    private const string Purpose = "Tailor.PersonalFields";

    private readonly Dictionary<FieldKind, IDataProtector> protectors;

    public PersonalFieldProtection(IDataProtectionProvider provider, LookupHasher hasher)
    {
        protectors = Enum.GetValues<FieldKind>().ToDictionary(kind => kind, kind => provider.CreateProtector(Purpose, kind.ToString()));
        Hasher = hasher;
    }

    public LookupHasher Hasher { get; }

    public static bool IsProtected(string value) => value.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>
    /// The value encrypted under the current default key; an empty value stays empty (it tells nothing). A plain value
    /// that happens to start with the prefix is encrypted too, so a shopper typing "enc1:…" cannot plant an unreadable row.
    /// </summary>
    public string Protect(FieldKind kind, string value) => value.Length == 0 ? value : Prefix + protectors[kind].Protect(value);

    /// <summary>
    /// The plain value. A value without the prefix is a row written before encryption and is returned as it is until
    /// the start-up step encrypts it. A key missing from the ring throws: guessing would overwrite data on the next save.
    /// </summary>
    public string Unprotect(FieldKind kind, string stored) =>
        IsProtected(stored) ? protectors[kind].Unprotect(stored[Prefix.Length..]) : stored;
}
