# UI tests. Browser tests of the web playground (web build only): tests/browser/run.mjs drives
# Debian's chromium with playwright-core (npm ci, tools/bootstrap.sh) against build/web/site.
if(LOOPSCOPE_WEB)
  # (playwright-core comes from `npm ci` in tools/bootstrap.sh; without it the tests fail.)
  add_test(NAME browser/page
           COMMAND "${LOOPSCOPE_NODE}" "${CMAKE_CURRENT_LIST_DIR}/run.mjs"
                   --site "${LOOPSCOPE_SITE_DIR}" --out "${CMAKE_CURRENT_LIST_DIR}/output"
                   --suite page)
  set_tests_properties(browser/page PROPERTIES LABELS "browser;web" TIMEOUT 300 RUN_SERIAL ON)
  # Keeping the learner's work, share links, the cross-origin embed API, offline use and
  # loading (delivery_*.mjs).
  add_test(NAME browser/delivery
           COMMAND "${LOOPSCOPE_NODE}" "${CMAKE_CURRENT_LIST_DIR}/run.mjs"
                   --site "${LOOPSCOPE_SITE_DIR}" --out "${CMAKE_CURRENT_LIST_DIR}/output"
                   --suite delivery)
  set_tests_properties(browser/delivery PROPERTIES LABELS "browser;web" TIMEOUT 900
                       RUN_SERIAL ON)
  # Screen readers and keyboards (the accessible page, axe-core), touch and small screens, and
  # the defects of issue 13 (a11y.mjs, touch.mjs, defects.mjs).
  add_test(NAME browser/a11y
           COMMAND "${LOOPSCOPE_NODE}" "${CMAKE_CURRENT_LIST_DIR}/run.mjs"
                   --site "${LOOPSCOPE_SITE_DIR}" --out "${CMAKE_CURRENT_LIST_DIR}/output"
                   --suite a11y)
  set_tests_properties(browser/a11y PROPERTIES LABELS "browser;web" TIMEOUT 900 RUN_SERIAL ON)
  # The course: a lesson walked end to end, every kind of check, the course map, problem help,
  # progress kept (course.mjs).
  add_test(NAME browser/course
           COMMAND "${LOOPSCOPE_NODE}" "${CMAKE_CURRENT_LIST_DIR}/run.mjs"
                   --site "${LOOPSCOPE_SITE_DIR}" --out "${CMAKE_CURRENT_LIST_DIR}/output"
                   --suite course)
  set_tests_properties(browser/course PROPERTIES LABELS "browser;web" TIMEOUT 600 RUN_SERIAL ON)
  # Hostile programs (issue 16): a freeze, deep recursion, a NaN timer (and a memory bomb once
  # MemoryError lands) run in the page; Stop where it runs forever; the page lives (hostile.mjs).
  add_test(NAME browser/hostile
           COMMAND "${LOOPSCOPE_NODE}" "${CMAKE_CURRENT_LIST_DIR}/run.mjs"
                   --site "${LOOPSCOPE_SITE_DIR}" --out "${CMAKE_CURRENT_LIST_DIR}/output"
                   --suite hostile)
  set_tests_properties(browser/hostile PROPERTIES LABELS "browser;web" TIMEOUT 600 RUN_SERIAL ON)
  # What a first visit downloads must stay within 1.0 MB gzip (tools/site/size_report.py).
  add_test(NAME site/size
           COMMAND "${LOOPSCOPE_PYTHON}" "${LOOPSCOPE_SOURCE_DIR}/tools/site/size_report.py"
                   "${LOOPSCOPE_SITE_DIR}" --budget-gzip 1000000)
  set_tests_properties(site/size PROPERTIES LABELS "site;web" TIMEOUT 60)
endif()

# Desktop smoke test (native build): the same app under Xvfb, one frame saved and checked.
# (xvfb-run comes from Debian's xvfb, installed by tools/bootstrap.sh.)
if(NOT LOOPSCOPE_WEB)
  add_test(NAME desktop/smoke
           COMMAND "${LOOPSCOPE_PYTHON}" "${CMAKE_CURRENT_LIST_DIR}/desktop_smoke.py"
                   "$<TARGET_FILE:loopscope_app>" "${CMAKE_CURRENT_LIST_DIR}/output")
  set_tests_properties(desktop/smoke PROPERTIES LABELS "desktop;native" TIMEOUT 120)
endif()
