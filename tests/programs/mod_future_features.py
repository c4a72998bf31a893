# the __future__ module: every feature, its releases and compiler flag
from __future__ import annotations, division, generators, print_function
from __future__ import nested_scopes, with_statement, absolute_import
import __future__

print(__future__.all_feature_names)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease())
print(__future__.annotations.compiler_flag == __future__.CO_FUTURE_ANNOTATIONS)
print(annotations)
print(division is __future__.division)
print(7 / 2, 7 // 2)
print(__future__.__all__[:3], len(__future__.__all__))
