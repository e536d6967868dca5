export { AskForm } from './components/ask-form';
export { CaseQueue } from './components/case-queue';
export { MyCases } from './components/my-cases';
export { PublicAnswers } from './components/public-answers';
export { DisclosureForm } from './components/disclosure-form';
