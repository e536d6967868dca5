// The staff side has its own entry, so the citizen subpackage does not carry it.
export { StaffMeetings } from './components/staff-meetings';
