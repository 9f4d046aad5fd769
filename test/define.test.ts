import {expect} from '@open-wc/testing';
import {defineElements} from '../src/define.js';
import '../src/lp-mission.js';
import {LpMission} from '../src/LpMission.js';
import {recordWarnings} from './helpers.js';

describe('registration', () => {
  it('defines each tag once', () => {
    expect(customElements.get('lp-mission')).to.equal(LpMission);
  });

  it('leaves an already-defined tag alone, with one warning, and defines the others', () => {
    const recorder = recordWarnings();
    try {
      class OtherCopy extends LpMission {}
      class FreshElement extends LpMission {}
      expect(() => defineElements({'lp-mission': OtherCopy, 'lp-define-test': FreshElement})).not.to.throw();
      expect(customElements.get('lp-mission')).to.equal(LpMission);
      expect(customElements.get('lp-define-test')).to.equal(FreshElement);
      expect(recorder.warnings).to.have.length(1);
      expect(recorder.warnings[0]).to.contain('<lp-mission>').and.to.contain('already defined');
    } finally {
      recorder.restore();
    }
  });

  it('says nothing when the same class is registered again', () => {
    const recorder = recordWarnings();
    try {
      defineElements({'lp-mission': LpMission});
      expect(recorder.warnings).to.deep.equal([]);
    } finally {
      recorder.restore();
    }
  });
});
