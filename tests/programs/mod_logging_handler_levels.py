# A handler's own level filters what it writes; {}-style formats work too.
import logging
import sys

log = logging.getLogger("jobs")
log.setLevel(logging.DEBUG)
out = logging.StreamHandler(sys.stdout)
out.setLevel(logging.INFO)
out.setFormatter(logging.Formatter("{levelname}: {message}", style="{"))
log.addHandler(out)
log.propagate = False
log.debug("not written")
log.info("job %s started", "nightly")
log.warning("job slow")
log.log(logging.ERROR, "job failed")
