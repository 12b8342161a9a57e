"""The map projection: Lambert azimuthal equal-area, spherical form, centred on the Nordic countries.

Equal-area, so that a region's size on the coverage map is its size on the
ground (Iceland and Finnmark are not inflated as on a Mercator map). The
formulas are those of J. P. Snyder, *Map Projections: A Working Manual*
(U.S. Geological Survey Professional Paper 1395, 1987), pp. 185-186, on a
sphere of radius 6371 km; a projection library (pyproj) would give the same
figures at this scale for a 15 MB dependency.
"""

from __future__ import annotations

from math import cos, radians, sin, sqrt

RADIUS_KM = 6371.0
CENTRE = (14.0, 63.0)  # longitude, latitude: between Iceland and Finland, Denmark and Finnmark


def project(lon: float, lat: float, centre: tuple[float, float] = CENTRE) -> tuple[float, float]:
    """(x, y) in km from the centre, x east and y north."""
    lam, phi = radians(lon), radians(lat)
    lam0, phi1 = radians(centre[0]), radians(centre[1])
    k = sqrt(2 / (1 + sin(phi1) * sin(phi) + cos(phi1) * cos(phi) * cos(lam - lam0)))
    x = RADIUS_KM * k * cos(phi) * sin(lam - lam0)
    y = RADIUS_KM * k * (cos(phi1) * sin(phi) - sin(phi1) * cos(phi) * cos(lam - lam0))
    return x, y
