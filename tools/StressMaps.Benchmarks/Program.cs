using StressMaps.Benchmarks;

return BenchmarkProgram.Run(args);
