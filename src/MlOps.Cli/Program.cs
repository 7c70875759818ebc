// The `mlops` command line (filled in by the engine and local-cloud work).
return 0;
