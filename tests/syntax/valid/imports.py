import os
import os.path as p, sys
from . import a
from .. mod import (b as c, d,)
from ...x.y import *
from m import n
