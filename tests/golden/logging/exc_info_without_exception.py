# exc_info=True (and logger.exception) with no exception being handled logs "NoneType: None"
# under the message, as CPython's logging does; an explicit (None, None, None) too; False does
# not.
import logging
import sys

logging.basicConfig(format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
logging.error("no exception here", exc_info=True)
logging.exception("nor here")
log = logging.getLogger("app")
log.warning("a tuple of Nones", exc_info=(None, None, None))
log.info("not shown: below the level", exc_info=True)
log.error("exc_info=False shows nothing", exc_info=False)
print("done")
