using System.Collections;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Tailor.Store;

/// <summary>
/// Binds options so that a list given in configuration replaces the list's default. .NET's binder appends to a list
/// that already has items, so configuring two cancellable statuses would silently add them to the defaults.
/// </summary>
public static class ConfiguredLists
{
    public static OptionsBuilder<T> BindReplacingLists<T>(this OptionsBuilder<T> options, IConfigurationSection section) where T : class =>
        options.Configure(target =>
        {
            ClearConfigured(target, section);
            section.Bind(target);
        });

    // Walks the properties the configuration names: a named list is emptied before binding, a named object is searched.
    private static void ClearConfigured(object target, IConfiguration section)
    {
        foreach (var property in target.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (!property.CanRead || property.GetIndexParameters().Length > 0) continue;
            var child = section.GetSection(property.Name);
            if (!child.Exists()) continue;
            switch (property.GetValue(target))
            {
                case IList list when !list.IsFixedSize: list.Clear(); break;
                case string: break;
                case { } value when property.PropertyType.IsClass: ClearConfigured(value, child); break;
            }
        }
    }
}
