import { describe, expect, it } from 'vitest';
import { REPAIR_DOWNSTREAM_SYSTEM_LABELS, repairEvents, transitionRepair } from '../../src/index.js';
import { repairAt } from './support.js';

const AT = '2025-07-02T09:00:00+08:00';

describe('repairEvents', () => {
  it('emits nothing while only the submission is recorded', () => {
    expect(repairEvents(repairAt('submitted'))).toEqual([]);
  });

  it('emits the transition of the latest step', () => {
    const accepted = transitionRepair(repairAt('submitted'), {
      to: 'accepted',
      at: AT,
      actor: 'credit_china',
    });
    expect(repairEvents(accepted)).toEqual([
      { type: 'repair.transition', from: 'submitted', to: 'accepted', at: AT, actor: 'credit_china' },
    ]);
  });

  it('adds the duties to terminate publication and stop sharing on approval', () => {
    const approved = transitionRepair(repairAt('forwarded_to_department'), {
      to: 'approved',
      at: AT,
      actor: 'department:hn-samr',
    });
    const systems = ['credit_china', 'credit_wuhan', 'third_parties'];
    expect(repairEvents(approved)).toEqual([
      {
        type: 'repair.transition',
        from: 'forwarded_to_department',
        to: 'approved',
        at: AT,
        actor: 'department:hn-samr',
      },
      { type: 'repair.duty', duty: 'terminate_publication', systems, at: AT },
      { type: 'repair.duty', duty: 'stop_sharing', systems, at: AT },
    ]);
    expect(systems.map((system) => REPAIR_DOWNSTREAM_SYSTEM_LABELS[system as 'credit_china'])).toEqual([
      '信用中国',
      '信用武汉',
      '第三方信用服务机构',
    ]);
  });

  it('lets a host name the systems of each duty', () => {
    const events = repairEvents(repairAt('approved'), {
      terminatePublication: ['credit_china'],
      stopSharing: ['credit_china', 'district_exchange'],
    });
    expect(events.slice(1)).toEqual([
      {
        type: 'repair.duty',
        duty: 'terminate_publication',
        systems: ['credit_china'],
        at: expect.any(String),
      },
      {
        type: 'repair.duty',
        duty: 'stop_sharing',
        systems: ['credit_china', 'district_exchange'],
        at: expect.any(String),
      },
    ]);
  });

  it('emits no duty for a denial', () => {
    expect(repairEvents(repairAt('denied')).map((event) => event.type)).toEqual(['repair.transition']);
  });
});
