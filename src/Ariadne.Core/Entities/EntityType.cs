namespace Ariadne.Core.Entities;

/// <summary>The kinds of entity the extractors find; wire names are lower case (<c>phone</c>, <c>email</c>...).</summary>
public enum EntityType
{
    Phone = 0,
    Email = 1,
    Url = 2,
    Handle = 3,
    Crypto = 4,
    Age = 5,
    Price = 6,
    Name = 7,
    Location = 8,
}
