# logging.basicConfig with a level and a format; messages go to stderr.
import logging

logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s: %(message)s")
log = logging.getLogger("shop")
log.debug("hidden")
log.info("opened with %d items", 3)
log.warning("stock low for %s", "apples")
log.error("payment failed")
logging.critical("shutting down")
print(logging.getLevelName(logging.WARNING), log.getEffectiveLevel(), log.name)
