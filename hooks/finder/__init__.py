"""Find help near a client: where each directory entry is delivered, the finder, the coverage map and table.

Modules: `names` (place names folded as readers type them), `gazetteer` (the
places GeoNames knows), `outlines` (country shapes and the point-in-country
test), `projection` (the map's projection), `locations` (the service locations
in `data/locations/`, resolved against the gazetteer), `checks` (what a
contributor can get wrong, with file:line), `coverage` (locations per region),
`render` (the finder, map and table as HTML), `exports` (JSON, CSV, GeoJSON),
`places_file` (the place names the finder's script fetches).
`make_gazetteer` and `make_outlines` wrote the two data files once and are kept
to write them again.
"""
