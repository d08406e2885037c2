import { parkOfProject } from './project-park';

const fact = (type: string, data: object) => ({ type, data });

describe('the park of a project', () => {
  it('is the park its agreement was signed in', () => {
    const facts = [
      fact('LeadRegistered', { leadId: 'lead-1', parkId: 'xiangxiang-edz' }),
      fact('AgreementSigned', { projectId: 'project-1', parkId: 'xiangxiang-edz' }),
      fact('ItemOpened', { projectId: 'project-1', parkId: 'lanzhou-qinchuan' }),
    ];
    expect(parkOfProject(facts)).toBe('xiangxiang-edz');
  });

  it('prefers the signing to the lead, whatever their order', () => {
    const facts = [fact('LeadRegistered', { parkId: 'lanzhou-qinchuan' }), fact('AgreementSigned', { parkId: 'xiangxiang-edz' })];
    expect(parkOfProject(facts)).toBe('xiangxiang-edz');
  });

  it('falls back to the park the lead was registered in', () => {
    const facts = [fact('LeadRegistered', { parkId: 'xiangxiang-edz' }), fact('AgreementSigned', { signedOn: '2026-03-02' })];
    expect(parkOfProject(facts)).toBe('xiangxiang-edz');
  });

  it('is not known when no fact names a park, and is never guessed from other facts', () => {
    expect(parkOfProject([fact('AgreementSigned', { parkId: '' }), fact('LeadLogged', { parkId: 'xiangxiang-edz' })])).toBeNull();
    expect(parkOfProject([fact('AgreementSigned', { parkId: 42 }), { type: 'LeadRegistered', data: null }])).toBeNull();
    expect(parkOfProject([])).toBeNull();
  });
});
