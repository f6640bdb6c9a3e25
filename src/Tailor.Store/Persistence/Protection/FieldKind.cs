namespace Tailor.Store.Persistence.Protection;

/// <summary>
/// What a personal column holds. Each kind has its own Data Protection purpose, so a value protected as one kind
/// cannot be unprotected as another (a name pasted into an e-mail column does not decrypt there).
/// </summary>
public enum FieldKind { Contact, Name, Address, Message }
