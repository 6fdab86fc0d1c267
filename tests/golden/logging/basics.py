# logging: basicConfig, levels, named loggers and their hierarchy, format styles, handlers
# (the root's output goes to stderr; the program ends with sys.exit(1) so stderr is compared)
import logging
import sys
logging.warning('before config goes through basicConfig()')
logging.info('not shown: root is at WARNING')
logging.getLogger().setLevel(logging.DEBUG)
logging.debug('now shown: %s + %d', 'args', 2)
log = logging.getLogger('app.db')
log.info('query took %.2f ms', 3.14159)
print(log.name, log.level, log.getEffectiveLevel(), log.parent is logging.getLogger(), logging.getLevelName(20), logging.getLevelName('ERROR'), logging.getLevelName(25))
app = logging.getLogger('app')
print(log.parent is app, app.parent.name, repr(app), repr(logging.getLogger()))
app.setLevel(logging.ERROR)
log.warning('filtered by app level')
log.error('error passes')
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter('[{levelname:>8}] {name}: {message}', style='{'))
app.addHandler(handler)
app.propagate = False
log.critical('to stdout only')
h2 = logging.StreamHandler(sys.stdout)
h2.setFormatter(logging.Formatter('$levelname - $message', style='$'))
h2.setLevel(logging.CRITICAL)
app.addHandler(h2)
log.error('handler level filters h2')
log.critical('both handlers')
other = logging.getLogger('other')
other.propagate = True
logging.getLogger().handlers.clear()
other.warning('last resort: message only')
other.info('last resort is WARNING and up')
adapter = logging.LoggerAdapter(app, {'user': 'ann'})
handler.setFormatter(logging.Formatter('%(user)s %(levelname)s %(message)s'))
adapter.error('with extra')
handler.setFormatter(logging.Formatter('%(name)s|%(levelno)d|%(message)s'))
app.log(logging.ERROR, 'via log()')
try:
    logging.getLogger().setLevel('LOUD')
except ValueError as e:
    print('ValueError', e)
try:
    logging.basicConfig(bogus=1)
except ValueError as e:
    print('ValueError', e)
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.WARN, logging.FATAL)
sys.exit(1)
