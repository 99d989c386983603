file(REMOVE_RECURSE
  "libattache_engine.a"
)
