// world_sync.mjs - the Sync panel shows the simulated world's open connections (docs/world.md):
// a gather over five aiohttp fetches, run and then looked at mid-run, lists each request with
// its state and the task waiting on it, on the canvas (a screenshot) and in the accessible
// page (web/app/a11y_sections.cpp); going back to the start shows none, as time travel should.
import { join } from 'node:path';

import { click, frames, settle, state } from './playground.mjs';

const FIVE_FETCHES = `import asyncio

import aiohttp
import loopscope_world as world

world.host("api.example.com", latency=0.5)


async def fetch(session, n):
    async with session.get(f"https://api.example.com/users/{n}") as resp:
        return (await resp.json())["id"]


async def main():
    async with aiohttp.ClientSession() as session:
        print(await asyncio.gather(*(fetch(session, n) for n in range(1, 6))))


asyncio.run(main())
`;

export async function worldSyncScenarios(browser, base, check, outDir, watchPage) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 },
                                             colorScheme: 'dark', deviceScaleFactor: 1 });
  const page = await context.newPage();
  const problems = watchPage(page);
  try {
    await page.goto(base, { waitUntil: 'load' });
    await page.waitForFunction(() => window.loopscope && window.loopscope.ready && window.loopscope.python,
                               null, { timeout: 90_000 });
    await page.evaluate((c) => window.loopscope.setCode(c), FIVE_FETCHES);
    await page.evaluate(() => window.loopscope.run({ instant: true }));
    await settle(page);
    let s = await state(page);
    check('sync connections: the five fetches run to the end',
          s.programFinished && s.output.map((o) => o.text).join() === '[1, 2, 3, 4, 5]',
          JSON.stringify(s.output.map((o) => o.text)));
    // The first moment all five requests are in flight, each with its task waiting.
    const at = await page.evaluate(() => {
      const api = window.loopscope;
      const n = api.getState().recorded;
      for (let i = 0; i < n; ++i) {
        api.seek(i);
        const c = api.getState().primitives.filter((p) => p.name.startsWith('GET ') &&
                                                         p.state === 'waiting for response' && p.waiters === 1);
        if (c.length === 5) return i;
      }
      return -1;
    });
    check('sync connections: mid-run, five requests wait for their response, a task on each', at > 0, `event ${at}`);
    await page.evaluate((i) => window.loopscope.seek(i), at);
    await click(page, 'run-tab:Sync');
    await frames(page, 4);
    await page.screenshot({ path: join(outDir, 'sync-connections-1280x800.png') });
    const spoken = await page.locator('#a11y [data-a11y-id="sync"]').textContent();
    check('sync connections: the accessible page names each connection, its state and its task',
          /Connection GET https:\/\/api\.example\.com\/users\/1: waiting for response; waiting: Task-\d/.test(spoken) &&
            (spoken.match(/Connection GET/g) || []).length === 5, JSON.stringify(spoken.slice(0, 200)));
    // Later they are closed with their status; back at the start there are none.
    await page.evaluate(() => window.loopscope.seek(window.loopscope.getState().recorded - 1));
    await frames(page, 2);
    s = await state(page);
    check('sync connections: at the end every request is closed with its status',
          s.primitives.filter((p) => p.state === 'closed: 200 OK').length === 5,
          JSON.stringify(s.primitives.map((p) => p.state)));
    await page.evaluate(() => window.loopscope.seek(0));
    await frames(page, 2);
    s = await state(page);
    check('sync connections: stepping back to the start shows none open', s.primitives.length === 0,
          JSON.stringify(s.primitives));
  } catch (e) {
    check('sync connections: scenario ran', false, e.message.split('\n')[0]);
  }
  check('sync connections: no page errors', problems.length === 0, problems.slice(0, 5).join(' | '));
  await context.close();
}
