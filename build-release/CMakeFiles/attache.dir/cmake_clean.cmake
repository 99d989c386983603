file(REMOVE_RECURSE
  "CMakeFiles/attache.dir/src/cli/main.cc.o"
  "CMakeFiles/attache.dir/src/cli/main.cc.o.d"
  "attache"
  "attache.pdb"
)

# Per-language clean rules from dependency scanning.
foreach(lang CXX)
  include(CMakeFiles/attache.dir/cmake_clean_${lang}.cmake OPTIONAL)
endforeach()
