# Empty compiler generated dependencies file for bench_throughput.
# This may be replaced when dependencies are built.
