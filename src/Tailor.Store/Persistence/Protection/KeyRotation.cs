using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Tailor.Store.Persistence.Protection;

/// <summary>A key the ring holds: when it starts and stops protecting new data, and whether it is revoked.</summary>
public sealed record RingKey(Guid Id, DateTimeOffset Activation, DateTimeOffset Expiration, bool Revoked);

/// <summary>What a rotation made: the new default key and every key the ring now holds, newest first.</summary>
public sealed record KeyRotationReport(RingKey NewKey, IReadOnlyList<RingKey> Keys);

/// <summary>
/// Makes a new key the ring's default at once (an operator's rotation, on top of Data Protection's own every
/// <see cref="KeyRingSettings.KeyLifetime"/>). Old keys stay in the ring, so everything they protected still reads;
/// new writes use the new key.
/// </summary>
public sealed class KeyRotation(IKeyManager keys, IOptions<KeyRingSettings> settings, TimeProvider time)
{
    public KeyRotationReport Rotate()
    {
        var now = time.GetUtcNow();
        var created = keys.CreateNewKey(now, now + settings.Value.KeyLifetime);
        var ring = keys.GetAllKeys().OrderByDescending(k => k.ActivationDate)
            .Select(k => new RingKey(k.KeyId, k.ActivationDate, k.ExpirationDate, k.IsRevoked)).ToList();
        return new KeyRotationReport(ring.Single(k => k.Id == created.KeyId), ring);
    }
}
