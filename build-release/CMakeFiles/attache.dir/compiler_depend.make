# Empty compiler generated dependencies file for attache.
# This may be replaced when dependencies are built.
