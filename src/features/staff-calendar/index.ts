export { CalendarPage } from './components/calendar-page';
export { StaffReminderList } from './components/staff-reminder-list';
