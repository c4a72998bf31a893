# Printing limits of an uncaught group: more than 15 sub-exceptions and nesting deeper than 10 levels.
wide = ExceptionGroup("wide", [ValueError(i) for i in range(17)])
deep = ExceptionGroup("level 0", [KeyError("leaf")])
for level in range(1, 13):
    deep = ExceptionGroup(f"level {level}", [deep])
raise ExceptionGroup("limits", [wide, deep, ExceptionGroup("exactly fifteen", [TypeError(i) for i in range(15)])])
