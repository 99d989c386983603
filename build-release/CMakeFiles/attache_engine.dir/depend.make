# Empty dependencies file for attache_engine.
# This may be replaced when dependencies are built.
