// Analysis stage (figures): length units as a value keeps them (see distances.ts), in metres — its own
// module so that distances.ts (which reads qualifiers) and qualifiers.ts (which compares lengths) do
// not import each other.

/** Metres per unit: agreement compares lengths in one unit (9 miles and 15 km are one distance). */
export const METRES: Record<string, number> = { 'nautical miles': 1852, miles: 1609.344, km: 1000, metres: 1, feet: 0.3048, inches: 0.0254, yards: 0.9144 };
