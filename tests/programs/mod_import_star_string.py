# from string import * takes only what string.__all__ names
from string import *

print(ascii_uppercase[:5], digits, capwords("star import"))
print(Template("$x!").substitute(x="ok"))
print("Template" in globals(), "_re" in globals(), "whitespace" in globals())
from statistics import *
print(mean([1, 2, 3, 4]), median([3, 1, 2]), "StatisticsError" in globals(), "_sum" in globals())
