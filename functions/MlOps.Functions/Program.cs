// The single bootstrap of every function: dispatches on _HANDLER (filled in by the hosting-layer work).
return 0;
