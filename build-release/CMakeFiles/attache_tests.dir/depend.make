# Empty dependencies file for attache_tests.
# This may be replaced when dependencies are built.
